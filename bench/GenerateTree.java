import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the national tree: 1 root, 34 provinces x 100 districts x 15 grassroots x 5 cells (about 310,000 rows).
 * A second argument takes fewer provinces (a reduced run of the member benchmark).
 */
public class GenerateTree {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/national-tree.csv");
        Files.createDirectories(out.toAbsolutePath().getParent());
        int provinces = args.length > 1 ? Integer.parseInt(args[1]) : 34;
        int n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("code,name,parentCode,levelCode,memberCount\n");
            w.write("VN-ROOT,Ban Chấp hành Trung ương,,tinh,0\n");
            n++;
            for (int p = 1; p <= provinces; p++) {
                String pc = "T" + p;
                w.write(pc + ",Tỉnh ủy số " + p + ",VN-ROOT,tinh,0\n");
                n++;
                for (int d = 1; d <= 100; d++) {
                    String dc = pc + "-H" + d;
                    w.write(dc + ",Huyện ủy " + d + " (tỉnh " + p + "),"  + pc + ",huyen,0\n");
                    n++;
                    for (int g = 1; g <= 15; g++) {
                        String gc = dc + "-X" + g;
                        w.write(gc + ",Đảng ủy xã " + g + " (huyện " + d + ")," + dc + ",co-so," + (100 + g) + "\n");
                        n++;
                        for (int c = 1; c <= 5; c++) {
                            w.write(gc + "-C" + c + ",Chi bộ thôn " + c + "," + gc + ",chi-bo," + (18 + c) + "\n");
                            n++;
                        }
                    }
                }
            }
        }
        System.out.printf("wrote %,d organisations to %s%n", n, out);
    }
}
