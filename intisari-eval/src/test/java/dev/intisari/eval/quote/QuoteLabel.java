package dev.intisari.eval.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One labelled statement of the development set: where it is (article and the first words of its content)
 * and who said it. A line with type "-" only lists an article that holds no statement.
 *
 * @param speakers accepted canonical names (usually one); empty when the speaker is not given in the text
 */
record QuoteLabel(String source, String article, String type, List<String> speakers, String prefix) {
    boolean direct() {
        return type.equals("D");
    }

    boolean statement() {
        return !type.equals("-");
    }

    static List<QuoteLabel> read(String resource) throws IOException {
        InputStream in = QuoteLabel.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource);
        }
        List<QuoteLabel> labels = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 5) {
                    throw new IllegalStateException("bad label line: " + line);
                }
                List<String> speakers = f[3].equals("-") ? List.of() : List.of(f[3].split("\\|"));
                labels.add(new QuoteLabel(f[0], f[1], f[2], speakers, f[4]));
            }
        }
        return labels;
    }
}
