/*
 * ClassLoader: the loaders a program can name.  Plinth has one class path:
 * the class library's classes report the boot loader (null) and the
 * program's the application loader, whose loadClass is Class.forName.
 * No user-defined class loading (defineClass) yet.
 */
package java.lang;

public abstract class ClassLoader {
    private final ClassLoader parent;
    private final String name;

    protected ClassLoader() {
        this(null, getSystemClassLoader());
    }

    protected ClassLoader(ClassLoader parent) {
        this(null, parent);
    }

    protected ClassLoader(String name, ClassLoader parent) {
        this.name = name;
        this.parent = parent;
    }

    public String getName() {
        return name;
    }

    public final ClassLoader getParent() {
        return parent;
    }

    public Class<?> loadClass(String name) throws ClassNotFoundException {
        return Class.forName(name, false, this);
    }

    public static ClassLoader getSystemClassLoader() {
        return App.INSTANCE;
    }

    public static ClassLoader getPlatformClassLoader() {
        return App.PLATFORM;
    }

    /* The application and platform loaders. */
    private static final class App extends ClassLoader {
        static final App PLATFORM = new App("platform", null);
        static final App INSTANCE = new App("app", PLATFORM);

        App(String name, ClassLoader parent) {
            super(name, parent);
        }
    }
}
