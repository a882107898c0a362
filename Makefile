# plinth: top-level build.  `make` builds everything into build/;
# each part has its own fragment (<part>/build.mk) owned by that part.
.DEFAULT_GOAL := all
.SUFFIXES:

B       := build
CC      ?= cc
CFLAGS_COMMON := -std=c11 -Wall -Wextra -Werror -O2 -g -Iinclude
HOST_CFLAGS   := $(CFLAGS_COMMON) -D_GNU_SOURCE -MMD -MP
JAVAC   ?= javac

ALL_TARGETS :=
TEST_DEPS   :=

-include monitor/build.mk
-include kernel/build.mk
-include jvm/build.mk
-include jvm/partition.mk
-include classlib/build.mk
-include tests/build.mk
-include bench/build.mk

.PHONY: all test bench run clean
all: $(ALL_TARGETS)

# Runs every test suite; the last line is "N passed, N failed".
test: all $(TEST_DEPS)
	@tests/run_all.sh

bench: all
	@bench/run_all.sh

run: all
	@examples/run_demo.sh

clean:
	rm -rf $(B)
