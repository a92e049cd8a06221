package dev.intisari.app.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one site's robots.txt (RFC 9309) for our user agent: the group naming "intisari", else the
 * "*" group; the longest matching Allow or Disallow path prefix decides, Allow winning a tie; {@code *}
 * inside a path matches any characters and a trailing {@code $} anchors the end.
 */
final class RobotsRules {
    static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());
    static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule("/", false)));

    private record Rule(String path, boolean allow) {
    }

    private final List<Rule> rules;

    private RobotsRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static RobotsRules parse(String robots, String agent) {
        List<Rule> mine = new ArrayList<>();
        List<Rule> any = new ArrayList<>();
        boolean forMe = false;
        boolean forAny = false;
        boolean sawMine = false;
        boolean inAgents = false;
        for (String raw : robots.split("\r?\n|\r")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (!inAgents) {
                    forMe = false;
                    forAny = false;
                }
                inAgents = true;
                String a = value.toLowerCase(Locale.ROOT);
                if (a.equals("*")) {
                    forAny = true;
                } else if (!a.isEmpty() && agent.toLowerCase(Locale.ROOT).contains(a)) {
                    forMe = true;
                    sawMine = true;
                }
            } else if (key.equals("allow") || key.equals("disallow")) {
                inAgents = false;
                if (value.isEmpty()) {
                    continue;
                }
                Rule rule = new Rule(value, key.equals("allow"));
                if (forMe) {
                    mine.add(rule);
                }
                if (forAny) {
                    any.add(rule);
                }
            } else {
                inAgents = false;
            }
        }
        return new RobotsRules(sawMine ? mine : any);
    }

    /** Whether a path (with its query) may be fetched. */
    boolean allows(String path) {
        String p = path == null || path.isEmpty() ? "/" : path;
        Rule best = null;
        for (Rule r : rules) {
            if (matches(r.path(), p) && (best == null || r.path().length() > best.path().length()
                    || (r.path().length() == best.path().length() && r.allow()))) {
                best = r;
            }
        }
        return best == null || best.allow();
    }

    private static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String[] parts = (anchored ? pattern.substring(0, pattern.length() - 1) : pattern).split("\\*", -1);
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == 0) {
                if (!path.startsWith(part)) {
                    return false;
                }
                at = part.length();
            } else {
                int found = path.indexOf(part, at);
                if (found < 0) {
                    return false;
                }
                at = found + part.length();
            }
        }
        return !anchored || at == path.length() || (parts.length > 1 && path.endsWith(parts[parts.length - 1]));
    }
}
