// An ASCII Mandelbrot set: double arithmetic in tight loops, char output.
public class Mandelbrot {
    public static void main(String[] args) {
        String shades = " .:-=+*#%@";
        long total = 0;
        for (int y = -12; y <= 12; y++) {
            StringBuilder sb = new StringBuilder();
            for (int x = -39; x <= 20; x++) {
                double cr = x / 20.0, ci = y / 10.0, zr = 0, zi = 0;
                int it = 0;
                while (it < 60 && zr * zr + zi * zi <= 4) { double t = zr * zr - zi * zi + cr; zi = 2 * zr * zi + ci; zr = t; it++; }
                total += it;
                sb.append(shades.charAt(it * (shades.length() - 1) / 60));
            }
            System.out.println(sb.toString().stripTrailing());
        }
        System.out.println(total);
    }
}
