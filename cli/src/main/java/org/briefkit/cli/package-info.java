/**
 * The {@code briefkit} command: render, validate, init and schema subcommands over the
 * library's public API.
 */
package org.briefkit.cli;
