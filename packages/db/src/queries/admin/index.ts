// Query functions of the EDI team's administration procedures.
export {};
