"""Simpan pinjam use cases."""
