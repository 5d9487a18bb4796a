package org.briefkit.bench;

import java.io.OutputStream;

/** An output stream that keeps only the number of bytes written. */
final class CountingStream extends OutputStream {
  private long count;

  @Override
  public void write(int b) {
    count++;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    count += len;
  }

  long count() {
    return count;
  }
}
