"""The tenant URLs plus ``POST /bench/write/``: insert one row (autocommit) and answer 201
only once it is committed, so a 201 is an acknowledged write."""

from django.db import connection
from django.http import HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from congdoan.urls_tenant import urlpatterns as tenant_urlpatterns


@csrf_exempt
def write(request):
    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO public.bench_writes (id) VALUES (%s)", [request.POST["id"]])
    return HttpResponse(status=201)


urlpatterns = [path("bench/write/", write), *tenant_urlpatterns]
