/*
 * StackTraceElement: one frame of a stack trace, made by the VM
 * (jvm/exception.c) from a Throwable's backtrace.  toString follows
 * HotSpot's: "java.base/java.lang.Integer.parseInt(Integer.java:652)" for
 * library frames, "Main.main(Main.java:5)" for the application's.
 */
package java.lang;

public final class StackTraceElement implements java.io.Serializable {
    private String declaringClass;
    private String methodName;
    private String fileName;
    private int lineNumber;
    private String moduleName;

    public StackTraceElement(String declaringClass, String methodName, String fileName, int lineNumber) {
        if (declaringClass == null)
            throw new NullPointerException("Declaring class is null");
        if (methodName == null)
            throw new NullPointerException("Method name is null");
        this.declaringClass = declaringClass;
        this.methodName = methodName;
        this.fileName = fileName;
        this.lineNumber = lineNumber;
    }

    public String getClassName() {
        return declaringClass;
    }

    public String getMethodName() {
        return methodName;
    }

    public String getFileName() {
        return fileName;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public String getModuleName() {
        return moduleName;
    }

    public boolean isNativeMethod() {
        return lineNumber == -2;
    }

    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (moduleName != null)
            sb.append(moduleName).append('/');
        sb.append(declaringClass).append('.').append(methodName).append('(');
        if (isNativeMethod())
            sb.append("Native Method");
        else if (fileName == null)
            sb.append("Unknown Source");
        else if (lineNumber >= 0)
            sb.append(fileName).append(':').append(lineNumber);
        else
            sb.append(fileName);
        return sb.append(')').toString();
    }

    public boolean equals(Object obj) {
        if (obj == this)
            return true;
        if (!(obj instanceof StackTraceElement))
            return false;
        StackTraceElement e = (StackTraceElement) obj;
        return e.lineNumber == lineNumber && eq(e.declaringClass, declaringClass)
            && eq(e.methodName, methodName) && eq(e.fileName, fileName) && eq(e.moduleName, moduleName);
    }

    private static boolean eq(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    public int hashCode() {
        int result = 31 * declaringClass.hashCode() + methodName.hashCode();
        result = 31 * result + (fileName == null ? 0 : fileName.hashCode());
        return 31 * result + lineNumber;
    }
}
