if (args is ["migrate", ..])
{
    return 0;
}

Console.WriteLine("Backend-in-a-Box sample app");
return 0;
