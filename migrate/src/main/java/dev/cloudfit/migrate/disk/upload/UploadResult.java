package dev.cloudfit.migrate.disk.upload;

/**
 * What an upload did, for the summary line and {@code --format json}. No field holds the SAS.
 *
 * @param source the input file
 * @param blob the blob's URL without its SAS
 * @param virtualSize the disk's logical size, bytes
 * @param blobSize the blob's size: the data rounded up to a MiB, plus the footer
 * @param chunks 4 MiB chunks in the data part
 * @param chunksSent chunks that needed requests this run (data written or stale pages cleared)
 * @param chunksZero chunks skipped as all zeros with nothing stale under them
 * @param chunksResumed chunks the journal showed as written by an earlier run
 * @param bytesCleared stale bytes cleared (pages the blob had where the source has zeros)
 * @param requests HTTP requests made, every attempt counted (the listing and verification included)
 * @param bodyBytesSent request body bytes sent, every attempt counted
 * @param largestRequestBody the largest request body sent
 * @param retries attempts repeated after a passing failure
 * @param footer where the footer came from: "input" (the VHD's own) or "cloudfit"
 * @param sha256 SHA-256 of the disk's logical bytes (the first virtualSize bytes)
 * @param verified whether the blob was read back and matched (false: not checked)
 * @param alreadyComplete whether the journal showed the upload finished before this run
 * @param journal the journal's path
 * @param seconds wall time of this run
 */
public record UploadResult(String source, String blob, long virtualSize, long blobSize, long chunks,
        long chunksSent, long chunksZero, long chunksResumed, long bytesCleared, long requests,
        long bodyBytesSent, long largestRequestBody, long retries, String footer, String sha256,
        boolean verified, boolean alreadyComplete, String journal, double seconds) {
}
