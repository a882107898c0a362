public class LoadRich { public static void main(String[] args) { Rich.go(); } }
