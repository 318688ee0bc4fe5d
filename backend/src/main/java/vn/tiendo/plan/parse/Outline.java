package vn.tiendo.plan.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered structure of a plan: every non-blank line becomes a {@link Node}, nested under the
 * nearest preceding line of a shallower kind of marker ({@code I.} above {@code 1.} above
 * {@code 1.1.} above {@code a)} above {@code -} above {@code +}; plain paragraphs sit at the level
 * of {@code -} items). Vietnamese plans are written this way, and which heading a sentence sits
 * under tells what it is about ({@code c. Báo cáo viên} under {@code 1.2. Đối với các Chi bộ}).
 */
final class Outline {
    enum Kind {
        ROMAN,
        ARABIC,
        LETTER,
        CAPS,
        BULLET,
        PLAIN
    }

    static final class Node {
        final Kind kind;
        final int depth;
        final int lineStart;
        final int contentStart;
        final int lineEnd;
        /** Position in {@link Outline#nodes}, i.e. in text order. */
        int index;

        Node parent;
        final List<Node> children = new ArrayList<>();
        int blockEnd;

        Node(Kind kind, int depth, int lineStart, int contentStart, int lineEnd) {
            this.kind = kind;
            this.depth = depth;
            this.lineStart = lineStart;
            this.contentStart = contentStart;
            this.lineEnd = lineEnd;
            this.blockEnd = lineEnd;
        }

        boolean isHeading() {
            return kind == Kind.ROMAN || kind == Kind.ARABIC || kind == Kind.LETTER || kind == Kind.CAPS;
        }

        /** Numbered headings ({@code I.}, {@code 1.1.}, {@code a)}), not bullets or capitals. */
        boolean isNumbered() {
            return kind == Kind.ROMAN || kind == Kind.ARABIC || kind == Kind.LETTER;
        }
    }

    private static final Pattern ROMAN =
            Pattern.compile("(?:(?:PHẦN|Phần)\\s+)?(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})[.)](?!\\d)\\s*");
    private static final Pattern ARABIC_MULTI =
            Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2}){1,3})(?!\\.?\\d)\\.?\\)?\\s*");
    private static final Pattern ARABIC_ONE = Pattern.compile("\\d{1,2}[.)/](?![\\d,/])\\s*");
    private static final Pattern LETTER = Pattern.compile("[a-zđ][.)/](?=\\s|\\p{Lu}|\\*)\\s*");
    private static final Pattern BULLET = Pattern.compile("(?:[-–—•·▪○●➢►✓❖◦]|\\*(?=\\s))\\s*");
    private static final Pattern PLUS = Pattern.compile("\\+\\s*");
    private static final Pattern MARKUP = Pattern.compile("(?:#{1,6}\\s*|>\\s*|\\*\\*|__)+");

    final List<Node> nodes = new ArrayList<>();
    final List<Node> roots = new ArrayList<>();

    Outline(SourceText src) {
        String text = src.text;
        String fold = src.fold;
        List<Node> stack = new ArrayList<>();
        int pos = 0;
        while (pos <= fold.length()) {
            ParseBudget.check();
            int nl = fold.indexOf('\n', pos);
            int end = nl < 0 ? fold.length() : nl;
            Node node = lineNode(text, pos, end);
            if (node != null) {
                while (!stack.isEmpty() && stack.get(stack.size() - 1).depth >= node.depth) {
                    stack.remove(stack.size() - 1);
                }
                if (stack.isEmpty()) {
                    roots.add(node);
                } else {
                    node.parent = stack.get(stack.size() - 1);
                    node.parent.children.add(node);
                }
                stack.add(node);
                node.index = nodes.size();
                nodes.add(node);
                for (Node p = node.parent; p != null; p = p.parent) {
                    p.blockEnd = node.lineEnd;
                }
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
    }

    /** The node for one line, or null for a blank line or a separator such as {@code -----}. */
    private static Node lineNode(String text, int start, int end) {
        int p = start;
        while (p < end && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        Matcher m = MARKUP.matcher(text).region(p, end);
        if (m.lookingAt()) {
            p = m.end();
        }
        Kind kind = Kind.PLAIN;
        int depth = 7;
        int content = p;
        if ((m = ROMAN.matcher(text).region(p, end)).lookingAt()) {
            kind = Kind.ROMAN;
            depth = 1;
            content = m.end();
        } else if ((m = ARABIC_MULTI.matcher(text).region(p, end)).lookingAt()) {
            kind = Kind.ARABIC;
            depth = 1 + m.group(1).split("\\.").length;
            content = m.end();
        } else if ((m = ARABIC_ONE.matcher(text).region(p, end)).lookingAt()) {
            kind = Kind.ARABIC;
            depth = 2;
            content = m.end();
        } else if ((m = LETTER.matcher(text).region(p, end)).lookingAt()) {
            kind = Kind.LETTER;
            depth = 6;
            content = m.end();
        } else if ((m = BULLET.matcher(text).region(p, end)).lookingAt()) {
            kind = Kind.BULLET;
            depth = 7;
            content = m.end();
        } else if ((m = PLUS.matcher(text).region(p, end)).lookingAt()) {
            kind = Kind.BULLET;
            depth = 8;
            content = m.end();
        }
        boolean hasText = false;
        boolean hasLower = false;
        int letters = 0;
        for (int i = content; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                hasText = true;
            }
            if (Character.isLetter(c)) {
                letters++;
                hasLower |= Character.isLowerCase(c);
            }
        }
        if (!hasText) {
            return null;
        }
        if (kind == Kind.PLAIN && !hasLower && letters >= 3 && end - content <= 150) {
            kind = Kind.CAPS;
            depth = 1;
        }
        return new Node(kind, depth, start, content, end);
    }
}
