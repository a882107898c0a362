package java.lang;

import java.io.IOException;

/** A source of characters that fills a CharBuffer (Reader, Scanner's sources). */
public interface Readable {
    int read(java.nio.CharBuffer cb) throws IOException;
}
