interface IccThing {
    int value();
}
