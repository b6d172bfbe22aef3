namespace DexFlow.Contracts.Capture;

[GenerateSerializer]
public enum ImapSecurity
{
    None,
    StartTls,
    SslOnConnect,
}
