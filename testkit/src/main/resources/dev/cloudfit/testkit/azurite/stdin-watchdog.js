// Preloaded into Azurite (NODE_OPTIONS=--require) by cloudfit's test harness.
// The test JVM holds the other end of stdin: when it reaches end of file (the JVM closed it,
// or died), this asks Azurite to shut down as if it got SIGTERM, so it never outlives its tests.
"use strict";
process.stdin.on("end", () => process.kill(process.pid, "SIGTERM"));
process.stdin.resume();
