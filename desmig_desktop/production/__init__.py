"""Usaha Produktif — productive business for PMI purna and their families: production groups (kelompok
produksi / TKM) and their members, aid of equipment and capital, products and production batches, sales,
other costs, profit sharing (bagi hasil) and the PIRT permit."""
