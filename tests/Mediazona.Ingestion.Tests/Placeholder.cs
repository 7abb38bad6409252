namespace Mediazona.Ingestion.Tests;
