package dev.newsdesk.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Name resolution for webhook targets: the system's resolver, or one a test controls (an answer that changes). */
public interface HostResolver {

    List<InetAddress> resolve(String host) throws UnknownHostException;
}
