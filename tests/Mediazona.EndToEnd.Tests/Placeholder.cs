namespace Mediazona.EndToEnd.Tests;
