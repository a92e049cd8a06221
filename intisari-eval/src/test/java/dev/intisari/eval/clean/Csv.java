package dev.intisari.eval.clean;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** A small RFC 4180 reader (quoted fields, doubled quotes, line breaks inside quotes) for the detik CSV. */
final class Csv {
    private Csv() {
    }

    static List<List<String>> read(Reader in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean header = true;
        int c;
        while ((c = in.read()) != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next == -1) {
                            break;
                        }
                        ch = (char) next;
                        if (ch == ',') {
                            row.add(field.toString());
                            field.setLength(0);
                        } else if (ch == '\n') {
                            row.add(field.toString());
                            field.setLength(0);
                            if (!header) {
                                rows.add(row);
                            }
                            header = false;
                            row = new ArrayList<>();
                        } else if (ch != '\r') {
                            field.append(ch);
                        }
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n') {
                row.add(field.toString());
                field.setLength(0);
                if (!header) {
                    rows.add(row);
                }
                header = false;
                row = new ArrayList<>();
            } else if (ch != '\r') {
                field.append(ch);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            if (!header) {
                rows.add(row);
            }
        }
        return rows;
    }
}
