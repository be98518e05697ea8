"""Deliver: finished bytes in, files on disk, checked outputs and emails out."""
