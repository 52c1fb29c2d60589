package dev.cloudfit.cli;

/** Process entry point: runs the command line and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        System.exit(CloudfitCommandLine.run(args, System.out, System.err));
    }

    /**
     * Libraries log through Log4j's API (POI prints {@code FATAL XMLHelper ...} on a DTD it refuses,
     * before we turn the failure into our one line). Without a Log4j implementation those go to
     * stderr; the user is to see our message only, so they are switched off unless set otherwise.
     */
    static void quietLibraryLogging() {
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
