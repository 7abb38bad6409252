namespace Mediazona.Statistics.Tests;
