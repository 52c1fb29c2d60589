/**
 * The durable journal of a migration: one append-only JSON-lines file per VM in the workspace,
 * every record forced to disk before the next step begins; replayed into the VM's progress so a
 * run killed at any moment resumes where it stopped.
 */
package dev.cloudfit.migrate.journal;
