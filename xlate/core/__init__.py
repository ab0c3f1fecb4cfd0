"""What xlate reads and reports: Document, Finding, Config, and bilingual Pairs with their paragraph alignment."""
