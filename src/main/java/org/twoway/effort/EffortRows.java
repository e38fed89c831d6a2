package org.twoway.effort;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * Validated effort rows ready to insert, held compactly (three numbers a row) so that a preview of a
 * large file can wait for its confirmation in the database as one compressed blob.
 */
public final class EffortRows {

    private long[] employees = new long[1024];
    private long[] customers = new long[1024];
    private long[] hundredths = new long[1024];
    private int size;
    private long totalHundredths;

    void add(long employeeId, long customerId, BigDecimal hours) {
        if (size == employees.length) {
            employees = Arrays.copyOf(employees, size * 2);
            customers = Arrays.copyOf(customers, size * 2);
            hundredths = Arrays.copyOf(hundredths, size * 2);
        }
        long h = hours.movePointRight(2).longValueExact();
        employees[size] = employeeId;
        customers[size] = customerId;
        hundredths[size] = h;
        totalHundredths += h;
        size++;
    }

    public int size() {
        return size;
    }

    long employee(int i) {
        return employees[i];
    }

    long customer(int i) {
        return customers[i];
    }

    BigDecimal hours(int i) {
        return BigDecimal.valueOf(hundredths[i], 2);
    }

    public BigDecimal totalHours() {
        return BigDecimal.valueOf(totalHundredths, 2);
    }

    /** The rows as deflated variable-length numbers: 100,000 rows take well under a megabyte. */
    byte[] compressed() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater, 8192))) {
            out.writeInt(size);
            for (int i = 0; i < size; i++) {
                writeNumber(out, employees[i]);
                writeNumber(out, customers[i]);
                writeNumber(out, hundredths[i]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    /** The rows {@link #compressed()} wrote. */
    static EffortRows decompressed(byte[] compressed) {
        EffortRows rows = new EffortRows();
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(compressed)))) {
            int size = in.readInt();
            for (int i = 0; i < size; i++) {
                long employee = readNumber(in);
                long customer = readNumber(in);
                rows.add(employee, customer, BigDecimal.valueOf(readNumber(in), 2));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Seven bits a byte, the high bit set while more follow: small numbers take a byte or two. */
    private static void writeNumber(DataOutputStream out, long value) throws IOException {
        while ((value & ~0x7FL) != 0) {
            out.writeByte((int) (value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte((int) value);
    }

    private static long readNumber(DataInputStream in) throws IOException {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }
}
