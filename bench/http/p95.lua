-- wrk script: prints the 95th percentile of latency (wrk --latency prints 50, 75, 90 and 99 only).
done = function(summary, latency, requests)
  io.write(string.format("p95 %.1fms ", latency:percentile(95) / 1000))
end
