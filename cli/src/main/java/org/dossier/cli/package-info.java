/** The command line: one class per subcommand, each thin over a service. */
package org.dossier.cli;
