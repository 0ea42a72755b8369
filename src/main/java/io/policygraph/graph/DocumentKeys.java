package io.policygraph.graph;

/**
 * A document's key is the path of its file relative to the folder it was ingested from, with
 * {@code /} between the folders ({@code 2023/通知.txt}); a file directly in that folder (or named on
 * its own) is keyed by its base name, as every document was before keys took the path. Two files of
 * the same name in different folders are two documents, while the same file ingested again is the
 * same one.
 */
public final class DocumentKeys {

    private DocumentKeys() {
    }

    /** The file name a document was ingested from: the last part of its key. */
    public static String fileNameOf(String documentId) {
        return documentId.substring(documentId.lastIndexOf('/') + 1);
    }
}
