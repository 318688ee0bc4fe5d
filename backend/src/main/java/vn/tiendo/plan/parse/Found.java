package vn.tiendo.plan.parse;

/** A value read from the text, with where it came from ({@link SourceText#text} indices). */
record Found<T>(T value, int start, int end, double confidence) {}
