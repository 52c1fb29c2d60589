-- A disk's bus and unit as vSphere writes them (scsi0:1): the instance of its virtualDisk.* series.
ALTER TABLE inv_disk ADD COLUMN address VARCHAR;
