"""Progress: the figures and charts of `mianshi stats`."""

from fastapi import APIRouter, Depends, Request
from markupsafe import Markup

from mianshi.services import bank, study
from mianshi.web.app import WebState, web_state
from mianshi.web.charts import stats_charts
from mianshi.web.templating import render

router = APIRouter()


@router.get("/stats")
def stats_page(request: Request, web: WebState = Depends(web_state)):
    stats = study.study_stats(web.db)
    names = {t.module: t.module_name for t in bank.list_topics(web.db)}
    charts = [(c.title, Markup(c.svg)) for c in stats_charts(stats, names)]  # built from escaped text
    return render(request, "stats.html", stats=stats, charts=charts, names=names)
