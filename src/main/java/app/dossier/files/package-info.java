/**
 * Writing the files a user asks for: whole or not at all (a temporary file in the same folder moved into
 * place), never over an existing file unless replacing it was asked for, never over a folder, with
 * failures that name the path and the reason; and the one CSV dialect every table is written in.
 */
package app.dossier.files;
