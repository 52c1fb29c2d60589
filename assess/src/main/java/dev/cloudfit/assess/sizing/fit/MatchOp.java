package dev.cloudfit.assess.sizing.fit;

/** How a rule compares text: case-insensitive contains or equals, or a Java regular expression (found anywhere). */
public enum MatchOp {
    CONTAINS,
    EQUALS,
    REGEX
}
