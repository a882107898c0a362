/*
 * mon_run: `plinth run`, a Java program in a partition (or, with
 * --hosted, in the hosted JVM process).
 */
#ifndef MON_RUN_H
#define MON_RUN_H

/* argv[0] is "run"; returns plinth's exit code. */
int mon_run_main(int argc, char **argv);

#endif
