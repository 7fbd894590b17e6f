"""The History page: charts, calendar, session table, text helpers and the PDF report."""
