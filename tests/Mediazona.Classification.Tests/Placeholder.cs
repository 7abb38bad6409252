namespace Mediazona.Classification.Tests;
