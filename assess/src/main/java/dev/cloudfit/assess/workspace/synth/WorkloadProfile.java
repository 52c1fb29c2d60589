package dev.cloudfit.assess.workspace.synth;

/**
 * How a synthetic VM behaves. Utilisation follows a daily cycle (low at 03:00, high at 15:00
 * UTC), is lower at weekends, carries Gaussian noise and, now and then, a spike. {@code ioScale}
 * scales the disk and network activity of a "typical" server (200 IOPS, 8 MB/s, 2 MB/s on the wire).
 */
public enum WorkloadProfile {
    //     cpuBase cpuDaily weekend memBase memDaily noiseSd spikeChance spikeHeight ioScale
    IDLE(2, 3, 0.9, 20, 2, 0.5, 0.002, 10, 0.05),
    STEADY(25, 10, 0.8, 55, 5, 2, 0.005, 20, 1.0),
    BUSY(55, 30, 0.6, 80, 8, 4, 0.01, 25, 3.0),
    SPIKY(10, 10, 0.7, 40, 5, 2, 0.04, 70, 1.5);

    final double cpuBase;
    final double cpuDaily;
    final double weekendFactor;
    final double memBase;
    final double memDaily;
    final double noiseSd;
    final double spikeChance;
    final double spikeHeight;
    final double ioScale;

    WorkloadProfile(double cpuBase, double cpuDaily, double weekendFactor, double memBase, double memDaily,
            double noiseSd, double spikeChance, double spikeHeight, double ioScale) {
        this.cpuBase = cpuBase;
        this.cpuDaily = cpuDaily;
        this.weekendFactor = weekendFactor;
        this.memBase = memBase;
        this.memDaily = memDaily;
        this.noiseSd = noiseSd;
        this.spikeChance = spikeChance;
        this.spikeHeight = spikeHeight;
        this.ioScale = ioScale;
    }
}
