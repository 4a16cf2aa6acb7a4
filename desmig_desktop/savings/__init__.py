"""Simpan pinjam: the group savings-and-loan scheme (issue 9)."""
