"""The import queue's task: one batch of posting files, parsed and written by a worker exactly as
`import_postings` writes them (postings/import_writer.py), with each file's result sent back."""

from celery import shared_task
from django.conf import settings

from .import_pool import parse_file
from .import_queue import batch_jobs
from .import_writer import FileWriter


@shared_task(name="postings.import_batch")
def import_batch(files: list[dict], company: str | None = None) -> list[dict]:
    """Import a batch (one transaction, each file atomic); what became of each file, in the batch's order."""
    writer = FileWriter(company=company)
    writer.write_batch([parse_file(job, budget=settings.IMPORT_PARSE_SECONDS) for job in batch_jobs(files)])
    return [result.to_dict() for result in writer.results]
