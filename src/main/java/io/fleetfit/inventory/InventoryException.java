package io.fleetfit.inventory;

/**
 * A whole input file cannot be read. The message is one line for the user: it names the file and
 * says what to do ("acme.xlsx: no vInfo sheet found; export the vInfo tab from RVTools.").
 */
public class InventoryException extends RuntimeException {

    public InventoryException(String message) {
        super(message);
    }

    public InventoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
