"""One small module per command; each imports heavy libraries only inside the command function."""
