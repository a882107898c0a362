class NsfLib {
    static long counter = 1;
    static int stays = 4;
}
