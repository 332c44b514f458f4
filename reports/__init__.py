"""Documents made from service results: PDF (reportlab) and XLSX. Never imports Qt or ui."""
