//! Where a webhook may be sent. By default only to public addresses: a community's admin
//! account must not become a way to reach the retailer's internal network (its databases,
//! its cloud provider's metadata service). The URL is checked when an endpoint is saved,
//! and again at each delivery against the addresses its name resolves to then, and the
//! request goes to exactly those addresses, so a name that changes to a private address
//! after the check (DNS rebinding) is refused too.

use std::net::{IpAddr, SocketAddr};

/// Why a URL is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// Not an `http` or `https` URL with a host.
    NotAUrl,
    /// It names, or resolves to, a private, loopback or link-local address.
    Private(IpAddr),
    /// The name does not resolve.
    Unresolved,
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refused::NotAUrl => f.write_str("not an http(s) URL"),
            Refused::Private(ip) => write!(f, "{ip} is a private address"),
            Refused::Unresolved => f.write_str("the name does not resolve"),
        }
    }
}

/// A URL's host and port.
pub fn host_and_port(url: &str) -> Result<(String, u16), Refused> {
    let parsed = reqwest::Url::parse(url).map_err(|_| Refused::NotAUrl)?;
    if !matches!(parsed.scheme(), "http" | "https") || !parsed.username().is_empty() {
        return Err(Refused::NotAUrl);
    }
    let host = parsed.host_str().ok_or(Refused::NotAUrl)?;
    let port = parsed.port_or_known_default().ok_or(Refused::NotAUrl)?;
    Ok((
        host.trim_start_matches('[')
            .trim_end_matches(']')
            .to_owned(),
        port,
    ))
}

/// Whether `ip` is on the public internet.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            !(v4.is_private()
                || v4.is_loopback()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_documentation()
                || v4.is_multicast()
                || a == 0
                // Shared address space (carrier-grade NAT), 100.64.0.0/10.
                || (a == 100 && (64..128).contains(&b))
                // Benchmarking, 198.18.0.0/15.
                || (a == 198 && (b == 18 || b == 19)))
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public(IpAddr::V4(v4));
            }
            let first = v6.segments()[0];
            !(v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                // Unique local fc00::/7 and link-local fe80::/10.
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80)
        }
    }
}

/// The addresses `url` may be sent to now: its name resolved, every address checked.
pub async fn resolve(url: &str, allow_private: bool) -> Result<Vec<SocketAddr>, Refused> {
    let (host, port) = host_and_port(url)?;
    let addresses: Vec<SocketAddr> = match host.parse::<IpAddr>() {
        Ok(ip) => vec![SocketAddr::new(ip, port)],
        Err(_) => tokio::net::lookup_host((host.as_str(), port))
            .await
            .map_err(|_| Refused::Unresolved)?
            .collect(),
    };
    if addresses.is_empty() {
        return Err(Refused::Unresolved);
    }
    if !allow_private && let Some(bad) = addresses.iter().find(|a| !is_public(a.ip())) {
        return Err(Refused::Private(bad.ip()));
    }
    Ok(addresses)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_loopback_and_link_local_addresses_are_not_public() {
        for private in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fe80::1",
            "fd00::1",
            "::ffff:10.0.0.1",
        ] {
            assert!(!is_public(private.parse().unwrap()), "{private}");
        }
        for public in ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"] {
            assert!(is_public(public.parse().unwrap()), "{public}");
        }
    }

    #[test]
    fn only_http_urls_with_a_host_are_read() {
        assert_eq!(
            host_and_port("https://hooks.example.com/in").unwrap(),
            ("hooks.example.com".to_owned(), 443)
        );
        assert_eq!(
            host_and_port("http://[::1]:8080/").unwrap(),
            ("::1".to_owned(), 8080)
        );
        assert_eq!(host_and_port("ftp://example.com/"), Err(Refused::NotAUrl));
        assert_eq!(
            host_and_port("https://user:pw@example.com/"),
            Err(Refused::NotAUrl)
        );
        assert_eq!(host_and_port("not a url"), Err(Refused::NotAUrl));
    }

    #[tokio::test]
    async fn loopback_is_refused_unless_allowed() {
        assert_eq!(
            resolve("http://127.0.0.1:9/hook", false).await,
            Err(Refused::Private("127.0.0.1".parse().unwrap()))
        );
        assert!(resolve("http://localhost:9/hook", false).await.is_err());
        assert!(resolve("http://127.0.0.1:9/hook", true).await.is_ok());
    }
}
