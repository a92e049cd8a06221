package dev.intisari.model;

import java.util.List;

/** People credited by the article, as names without their labels. */
public record Credits(List<String> author, List<String> editor, List<String> translator) {
    public static final Credits NONE = new Credits(List.of(), List.of(), List.of());

    public Credits {
        author = List.copyOf(author);
        editor = List.copyOf(editor);
        translator = List.copyOf(translator);
    }
}
