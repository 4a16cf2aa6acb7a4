"""Use cases of Usaha Produktif: groups and membership, aid, products and sales, share-outs, its recap section."""
