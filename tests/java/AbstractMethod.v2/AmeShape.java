abstract class AmeShape {
    abstract String name();
}
