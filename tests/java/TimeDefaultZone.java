// jvm: -Duser.timezone=Asia/Kolkata
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;

// The default zone from -Duser.timezone: ZoneId, TimeZone, Date and %t follow it.
public class TimeDefaultZone {
    public static void main(String[] args) {
        System.out.println(ZoneId.systemDefault() + " " + TimeZone.getDefault().getID() + " " + System.getProperty("user.timezone"));
        System.out.println(new Date(0) + " | " + LocalDateTime.ofInstant(Instant.EPOCH, ZoneId.systemDefault())
            + " | " + String.format("%tc", 1700000000000L) + " | " + TimeZone.getDefault().getDisplayName());
    }
}
